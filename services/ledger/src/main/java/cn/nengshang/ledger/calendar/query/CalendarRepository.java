package cn.nengshang.ledger.calendar.query;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarRepository extends JpaRepository<CalendarRow, String> {
}
