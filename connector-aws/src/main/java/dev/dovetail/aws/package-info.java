/**
 * Where a deployed connector's secrets and stored connections come from: AWS Secrets Manager
 * ({@link dev.dovetail.aws.SecretsManagerSecretResolver}), and local JSON files standing in for it and for
 * Glue's connections outside AWS ({@link dev.dovetail.aws.FileSecretResolver},
 * {@link dev.dovetail.aws.FileConnectionCatalog}). Hosts choose a resolver with
 * {@link dev.dovetail.aws.SecretResolvers}.
 */
package dev.dovetail.aws;
