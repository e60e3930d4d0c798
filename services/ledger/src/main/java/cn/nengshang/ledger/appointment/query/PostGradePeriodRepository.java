package cn.nengshang.ledger.appointment.query;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface PostGradePeriodRepository extends JpaRepository<PostGradePeriod, String> {

    List<PostGradePeriod> findByStaffIdOrderByFromAsc(String staffId);
}
