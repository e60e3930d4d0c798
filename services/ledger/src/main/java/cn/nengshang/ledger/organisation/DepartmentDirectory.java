package cn.nengshang.ledger.organisation;

import java.util.Optional;

/** Where a department is: the institution it belongs to, asked where a department is named on its own. */
public interface DepartmentDirectory {

    /** The institution a department belongs to, when the department exists. */
    Optional<String> institutionOf(String departmentId);
}
