package cn.nengshang.policy.rules;

/** A share such as 2/3, for quorum and majority. */
public record Fraction(int numerator, int denominator) {

    /** Whether {@code part} out of {@code whole} reaches this share. */
    public boolean reachedBy(int part, int whole) {
        return whole > 0 && (long) part * denominator >= (long) numerator * whole;
    }

    public boolean valid() {
        return denominator > 0 && numerator > 0 && numerator <= denominator;
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
