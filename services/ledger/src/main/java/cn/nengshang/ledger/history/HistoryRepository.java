package cn.nengshang.ledger.history;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface HistoryRepository extends JpaRepository<HistoryEntry, String> {

    List<HistoryEntry> findByStaffIdOrderByPositionAscOccurredAtAsc(String staffId);
}
