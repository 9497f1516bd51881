package org.chirodesk.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Staff passwords, stored only as PBKDF2 hashes (HMAC-SHA-512, 210,000 iterations: OWASP's
 * figure for that hash). A stored hash names its own parameters, so raising them later keeps old
 * hashes valid.
 */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 10;

    /** Compared against when the username is unknown, so both refusals take as long. */
    private static final String DECOY = "PBKDF2WithHmacSHA512:210000:"
            + "c2FsdHNhbHRzYWx0c2FsdHNhbHRzYWx0c2FsdHNhbHQ=:"
            + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    @Inject
    private Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MIN_LENGTH + " characters");
        }
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time a real check would, for an unknown username. */
    public void waste(String password) {
        hash.verify(password.toCharArray(), DECOY);
    }
}
