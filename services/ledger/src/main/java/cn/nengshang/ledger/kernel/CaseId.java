package cn.nengshang.ledger.kernel;

import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.LedgerException;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A case's id: the person's id and the case's number in their record, as {@code CL-0001-C1}. A case belongs to
 * its person's record, so its id says whose it is.
 */
public record CaseId(StaffId staffId, int number) {

    private static final String SEPARATOR = "-C";

    public CaseId {
        if (staffId == null || number < 1) {
            throw new LedgerException(ErrorCode.CASE_NOT_FOUND, String.valueOf(staffId));
        }
    }

    @JsonCreator
    public static CaseId of(String value) {
        int at = value == null ? -1 : value.lastIndexOf(SEPARATOR);
        if (at < 1) {
            throw new LedgerException(ErrorCode.CASE_NOT_FOUND, String.valueOf(value));
        }
        try {
            return new CaseId(StaffId.of(value.substring(0, at)), Ordinal.parse(value.substring(at + 2)));
        } catch (NumberFormatException | LedgerException e) {
            throw new LedgerException(ErrorCode.CASE_NOT_FOUND, value);
        }
    }

    @JsonValue
    @Override
    public String toString() {
        return staffId.value() + SEPARATOR + number;
    }
}
