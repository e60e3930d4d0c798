package cn.nengshang.ledger.staff.web;

import cn.nengshang.ledger.staff.query.StaffRow;
import cn.nengshang.policy.Profession;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.TaskFamily;

/** A senior as the API shows them; {@code appointment} is empty until their first term starts. */
record StaffView(String staffId, String name, String institutionId, String departmentId, Rank rank,
                 String titleName, Profession profession, TaskFamily family, String specialtyCode, boolean surgical,
                 Appointment appointment, String openCaseId) {

    record Appointment(String state, Integer postGrade, String termId) {
    }

    static StaffView of(StaffRow row) {
        return new StaffView(row.staffId(), row.name(), row.institutionId(), row.departmentId(), row.rank(),
                row.titleName(), row.profession(), row.family(), row.specialtyCode(), row.surgical(),
                row.state() == null ? null : new Appointment(row.state(), row.postGrade(), row.termId()),
                row.openCaseId());
    }
}
