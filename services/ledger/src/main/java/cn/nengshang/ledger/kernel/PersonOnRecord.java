package cn.nengshang.ledger.kernel;

import cn.nengshang.policy.Rank;
import cn.nengshang.policy.TaskFamily;

/** Who a person is and where they stand, as the directory knows them now. */
public record PersonOnRecord(String staffId, String name, String institutionId, String departmentId, Rank rank,
                             TaskFamily family, boolean surgical, String state, Integer postGrade, String termId,
                             String openCaseId) {
}
