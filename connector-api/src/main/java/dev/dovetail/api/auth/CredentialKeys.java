package dev.dovetail.api.auth;

/** The option and secret keys credentials are read from, spelt as Glue and AppFlow spell them. */
public final class CredentialKeys {
    /** BASIC: the user name as AppFlow and Secrets Manager database secrets spell it. */
    public static final String USERNAME = "username";
    /** BASIC: the user name as Glue's JDBC options spell it. */
    public static final String USER = "user";
    /** BASIC: the password. */
    public static final String PASSWORD = "password";
    /** API_KEY: the key. */
    public static final String API_KEY = "apiKey";
    /** API_KEY: the secret key, when the service has one. */
    public static final String API_SECRET_KEY = "apiSecretKey";
    /** OAUTH2: the access token. */
    public static final String ACCESS_TOKEN = "accessToken";
    /** OAUTH2: the refresh token. */
    public static final String REFRESH_TOKEN = "refreshToken";
    /** OAUTH2: the client id. */
    public static final String CLIENT_ID = "clientId";
    /** OAUTH2: the client secret. */
    public static final String CLIENT_SECRET = "clientSecret";

    private CredentialKeys() {
    }
}
