package cn.nengshang.policy.promotion;

import cn.nengshang.policy.Text;

import java.util.List;

/** The answer for a review year: the target title, whether every condition is met, and each condition with why. */
public record Eligibility(int reviewYear, String rulesId, String targetTitle, boolean eligible,
                          List<Condition> conditions) {

    /** One condition: met or not, why (in both languages), and the records it counted or excluded. */
    public record Condition(String condition, boolean met, Text detail, List<String> records) {
    }

    public Condition condition(String name) {
        return conditions.stream().filter(c -> c.condition().equals(name)).findFirst().orElseThrow();
    }
}
