package cn.nengshang.ledger.organisation;

/** Answers whether a department exists in an institution; asked when staff are registered. */
public interface OrganisationDirectory {

    boolean hasDepartment(String institutionId, String departmentId);
}
