package cn.nengshang.ledger.common.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;
import java.util.regex.Pattern;

/**
 * A whole number in a path or query parameter (a year, a page): ASCII digits, at most nine, nothing else — no
 * sign, no leading zero, no hexadecimal, no full-width digits, no spaces — or refused with 400. Bound as an
 * editor, since the binder falls back to its lenient default editor when a converter refuses.
 */
@ControllerAdvice
public class WholeNumbers {

    private static final Pattern DIGITS = Pattern.compile("0|[1-9][0-9]{0,8}");

    @InitBinder
    void strictly(WebDataBinder binder) {
        binder.registerCustomEditor(int.class, new Editor(false));
        binder.registerCustomEditor(Integer.class, new Editor(true));
    }

    private static final class Editor extends PropertyEditorSupport {

        private final boolean optional;

        Editor(boolean optional) {
            this.optional = optional;
        }

        @Override
        public void setAsText(String text) {
            if (optional && (text == null || text.isEmpty())) {
                setValue(null);
            } else if (text != null && DIGITS.matcher(text).matches()) {
                setValue(Integer.valueOf(text));
            } else {
                throw new IllegalArgumentException("not a whole number in digits");
            }
        }
    }
}
