package org.gongzheng.traffic.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PointRecordRepository extends JpaRepository<PointRecord, Long> {

	@Query("""
			select coalesce(sum(p.points), 0) from PointRecord p
			where p.licenceNumber = :licence and p.occurredAt >= :from and p.occurredAt < :until""")
	int total(String licence, Instant from, Instant until);

	List<PointRecord> findByLicenceNumberAndOccurredAtGreaterThanEqualAndOccurredAtLessThanOrderByOccurredAtAsc(
			String licence, Instant from, Instant until);
}
