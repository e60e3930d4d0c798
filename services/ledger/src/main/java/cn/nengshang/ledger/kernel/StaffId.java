package cn.nengshang.ledger.kernel;

import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** A staff member's id: letters, digits and dashes, at most 40. */
public record StaffId(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9-]{1,40}");

    public StaffId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new LedgerException(ErrorCode.VALIDATION_FAILED, List.of(FieldProblem.of("staffId", "ID_FORMAT")));
        }
    }

    @JsonCreator
    public static StaffId of(String value) {
        return new StaffId(value);
    }

    public static StaffId generate() {
        return new StaffId(UUID.randomUUID().toString());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
