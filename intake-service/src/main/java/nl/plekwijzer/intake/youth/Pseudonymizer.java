package nl.plekwijzer.intake.youth;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a BSN into a pseudonym: HMAC-SHA-256 with a secret key, as 64 hex digits. The same BSN
 * always gives the same pseudonym, so records of one youth meet; without the key nobody can go
 * back, nor test a guessed BSN.
 */
public final class Pseudonymizer {

    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    public Pseudonymizer(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("The pseudonym key needs at least 32 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    /** @param bsn a valid BSN (see {@link Bsn#normalise}) */
    public String pseudonymOf(String bsn) {
        String normalised = Bsn.normalise(bsn);
        if (normalised == null) {
            throw new IllegalArgumentException("Not a valid BSN");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(("bsn:" + normalised).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
