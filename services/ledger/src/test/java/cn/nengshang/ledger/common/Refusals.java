package cn.nengshang.ledger.common;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.Arrays;

/** Matches a refusal by its stable code and, where given, words its detail or field problems must contain. */
public final class Refusals {

    private Refusals() {
    }

    public static Matcher<Throwable> refusedWith(ErrorCode code, String... saying) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable item) {
                return item instanceof LedgerException refusal && refusal.code() == code
                        && Arrays.stream(saying)
                        .allMatch(words -> (refusal.getMessage() + refusal.args()).contains(words));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal with code " + code + " saying " + Arrays.toString(saying));
            }
        };
    }
}
