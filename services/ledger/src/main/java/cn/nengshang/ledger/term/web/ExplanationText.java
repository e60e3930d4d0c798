package cn.nengshang.ledger.term.web;

import cn.nengshang.policy.progress.Explanation;
import cn.nengshang.policy.progress.Explanation.Finding;
import cn.nengshang.policy.progress.Explanation.MonthCount;
import cn.nengshang.policy.progress.Explanation.MonthShare;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders the evaluator's findings in the reader's language from the {@code explanations} bundles: each code
 * is a message, each figure an argument. Enum figures are named by {@code name.<Type>.<CONSTANT>} where the
 * bundle has one, else by the constant itself (the ids of the policy file, such as {@code QC_PASS_RATE}).
 */
@Component
public class ExplanationText {

    private final MessageSource messages;

    public ExplanationText(MessageSource messages) {
        this.messages = messages;
    }

    public String render(Explanation explanation, Locale locale) {
        return explanation.findings().stream().map(f -> finding(f, locale))
                .collect(Collectors.joining(message("explanation.separator", locale)));
    }

    private String finding(Finding finding, Locale locale) {
        Object[] args = finding.args().stream().map(arg -> figure(arg, locale)).toArray();
        return messages.getMessage("explanation." + finding.code().name(), args, locale);
    }

    private String figure(Object arg, Locale locale) {
        if (arg instanceof Finding nested) return finding(nested, locale);
        if (arg instanceof MonthCount m) return message("explanation.monthCount", locale, m.month(), m.count());
        if (arg instanceof MonthShare m) {
            return message("explanation.monthShare", locale, m.month(), m.count(), m.required());
        }
        if (arg instanceof BigDecimal number) return number.toPlainString();
        if (arg instanceof Enum<?> constant) {
            return messages.getMessage("name." + constant.getDeclaringClass().getSimpleName() + "." + constant.name(),
                    null, constant.name(), locale);
        }
        if (arg instanceof Collection<?> items) {
            return items.isEmpty() ? message("explanation.list.none", locale) : items.stream()
                    .map(item -> figure(item, locale))
                    .collect(Collectors.joining(message("explanation.list.separator", locale)));
        }
        return String.valueOf(arg);
    }

    private String message(String code, Locale locale, Object... args) {
        Object[] figures = java.util.Arrays.stream(args).map(String::valueOf).toArray();
        return messages.getMessage(code, figures, locale);
    }
}
