package cn.nengshang.ledger.kernel;

import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.LedgerException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A term's or case's id is written one way only, so one record never answers to two spellings. */
class RecordIdsTest {

    @Test
    void theNumberIsPlainDigitsWithoutALeadingZero() {
        assertThat(TermId.of("CL-0001.T12")).isEqualTo(new TermId(StaffId.of("CL-0001"), 12));
        assertThat(CaseId.of("CL-0001-C3")).isEqualTo(new CaseId(StaffId.of("CL-0001"), 3));
        assertThat(CaseId.of("CL-0001-C3").toString()).isEqualTo("CL-0001-C3");
        for (String number : List.of("01", "0", "+1", "-1", "１", "1 ", "", "9999999999")) {
            assertThatThrownBy(() -> TermId.of("CL-0001.T" + number)).as("T" + number)
                    .isInstanceOfSatisfying(LedgerException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.TERM_NOT_FOUND));
            assertThatThrownBy(() -> CaseId.of("CL-0001-C" + number)).as("C" + number)
                    .isInstanceOfSatisfying(LedgerException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.CASE_NOT_FOUND));
        }
    }
}
