package cn.nengshang.ledger.term.query;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface ReportVersionRepository extends JpaRepository<ReportVersion, ReportVersion.Key> {

    @Query("select r from ReportVersion r where r.termId = :termId order by r.month, r.version")
    List<ReportVersion> history(String termId);

    @Query("select max(r.version) from ReportVersion r where r.termId = :termId and r.month = :month")
    Optional<Integer> latestVersion(String termId, String month);

    Optional<ReportVersion> findByTermIdAndMonthAndVersion(String termId, String month, int version);
}
