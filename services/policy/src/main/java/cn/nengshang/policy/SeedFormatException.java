package cn.nengshang.policy;

/** A seed or policy file that cannot be read as the rules it should hold; says what and where. */
public class SeedFormatException extends RuntimeException {

    public SeedFormatException(String message) {
        super(message);
    }

    public SeedFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
