package org.osee.app.web.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.osee.knowledge.BadInputException;

/**
 * Password hashing with Argon2id (Bouncy Castle), stored as the PHC string
 * {@code $argon2id$v=19$m=19456,t=2,p=1$SALT$HASH} (OWASP's minimum parameters), so the parameters can be raised
 * later without invalidating the hashes already stored.
 */
public final class Passwords {
    /** Shortest password accepted for an account. */
    public static final int MIN_LENGTH = 10;
    private static final int MAX_LENGTH = 1024;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MEMORY_KIB = 19_456;
    private static final int ITERATIONS = 2;
    /** Checked against when an account does not exist, so that the answer takes as long as a real check. */
    private static final String DUMMY = hash("not a password of anyone's account");

    private Passwords() {
    }

    /** The hash of {@code password} with a fresh random salt. */
    public static String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] out = derive(password, salt, MEMORY_KIB, ITERATIONS, 1, 32);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=1$" + B64.encodeToString(salt) + "$"
                + B64.encodeToString(out);
    }

    /** Whether {@code password} matches {@code stored}; false for a malformed hash. Constant time in the hash. */
    public static boolean matches(String password, String stored) {
        Matcher m = PHC.matcher(stored == null ? "" : stored);
        if (password == null || password.length() > MAX_LENGTH || !m.matches()) {
            return false;
        }
        byte[] expected = Base64.getDecoder().decode(m.group(5));
        byte[] actual = derive(password, Base64.getDecoder().decode(m.group(4)), Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Spends the time of one check, for a sign-in with an unknown name. */
    public static void checkNothing(String password) {
        matches(password, DUMMY);
    }

    /** The password if it is acceptable for a new account or a reset, else bad input saying why. */
    public static String acceptable(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new BadInputException("a password needs at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new BadInputException("a password has at most " + MAX_LENGTH + " characters");
        }
        return password;
    }

    private static byte[] derive(String password, byte[] salt, int memoryKib, int iterations, int lanes, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt).withMemoryAsKB(memoryKib).withIterations(iterations).withParallelism(lanes).build());
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
