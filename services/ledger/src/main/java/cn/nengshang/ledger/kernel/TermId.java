package cn.nengshang.ledger.kernel;

import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.LedgerException;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An appointment term's id: the staff member's id and the term's number in their record, as
 * {@code CL-0001.T1}. A term belongs to its person's record, so its id says whose it is.
 */
public record TermId(StaffId staffId, int number) {

    private static final String SEPARATOR = ".T";

    public TermId {
        if (staffId == null || number < 1) {
            throw new LedgerException(ErrorCode.TERM_NOT_FOUND);
        }
    }

    @JsonCreator
    public static TermId of(String value) {
        int at = value == null ? -1 : value.lastIndexOf(SEPARATOR);
        if (at < 1) {
            throw new LedgerException(ErrorCode.TERM_NOT_FOUND);
        }
        try {
            return new TermId(StaffId.of(value.substring(0, at)), Ordinal.parse(value.substring(at + 2)));
        } catch (NumberFormatException | LedgerException e) {
            throw new LedgerException(ErrorCode.TERM_NOT_FOUND);
        }
    }

    @JsonValue
    @Override
    public String toString() {
        return staffId.value() + SEPARATOR + number;
    }
}
