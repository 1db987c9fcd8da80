package dev.dovetail.aws;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Maps Secrets Manager's failures to {@link ConnectorException}s. Its error codes are documented per API
 * ({@code GetSecretValue}: ResourceNotFoundException, InvalidParameterException, InvalidRequestException,
 * DecryptionFailure, InternalServiceError) plus the common ones (AccessDeniedException,
 * ThrottlingException, UnrecognizedClientException, ...). The SDK's messages never carry the secret.
 */
final class SecretsManagerErrors {
    private SecretsManagerErrors() {
    }

    static ConnectorException toConnectorException(SdkException failure, String secretId) {
        String subject = "secret '" + secretId + "'";
        if (failure instanceof AwsServiceException service) {
            String code = service.awsErrorDetails() == null ? "" : service.awsErrorDetails().errorCode();
            String reason = service.awsErrorDetails() == null || service.awsErrorDetails().errorMessage() == null
                    ? service.getMessage() : service.awsErrorDetails().errorMessage();
            String says = " (Secrets Manager says " + code + ": " + reason + ")";
            if (service.isThrottlingException()) {
                return new ConnectorException(ErrorCode.RATE_LIMIT_EXCEEDED,
                        "Secrets Manager throttled the read of " + subject + says + "; retry later", failure);
            }
            return switch (code == null ? "" : code) {
                case "ResourceNotFoundException" -> new ConnectorException(ErrorCode.RESOURCE_NOT_FOUND, subject
                        + " does not exist in AWS Secrets Manager: check the id or ARN and the region" + says, failure);
                case "AccessDeniedException", "DecryptionFailure", "DecryptionFailureException" ->
                        new ConnectorException(ErrorCode.ACCESS_DENIED, "not allowed to read " + subject + ": grant "
                                + "secretsmanager:GetSecretValue on it (and kms:Decrypt on its key) to the job's role" + says,
                                failure);
                case "UnrecognizedClientException", "InvalidSignatureException", "ExpiredTokenException",
                        "InvalidClientTokenId", "SignatureDoesNotMatch" -> new ConnectorException(
                        ErrorCode.INVALID_CREDENTIALS, "AWS rejected the credentials used to read " + subject + says,
                        failure);
                case "InvalidParameterException", "InvalidRequestException", "ValidationException" ->
                        new ConnectorException(ErrorCode.INVALID_ARGUMENT, "cannot read " + subject + says, failure);
                default -> service.statusCode() >= 500
                        ? new ConnectorException(ErrorCode.SERVICE_UNAVAILABLE,
                                "Secrets Manager failed to return " + subject + says + "; retry later", failure)
                        : new ConnectorException(ErrorCode.CLIENT_ERROR, "cannot read " + subject + says, failure);
            };
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        if (message.contains("Unable to load credentials")) {
            return new ConnectorException(ErrorCode.INVALID_CREDENTIALS, "no AWS credentials to read " + subject
                    + ": give the job a role, or set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or a profile ("
                    + message + ")", failure);
        }
        return new ConnectorException(ErrorCode.SERVICE_UNAVAILABLE,
                "could not reach AWS Secrets Manager to read " + subject + ": " + message, failure);
    }
}
