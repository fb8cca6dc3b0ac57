package org.gongzheng.traffic.internal;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BodycamClipRepository extends JpaRepository<BodycamClip, Long> {

	boolean existsByDeviceCodeAndRecordedFrom(String deviceCode, Instant recordedFrom);

	@Query("""
			select c from BodycamClip c
			where c.unitPath like :pathPattern and (:device = '' or c.deviceCode = :device)
			  and c.recordedFrom >= :from and c.recordedFrom < :until
			order by c.recordedFrom desc, c.id desc""")
	Page<BodycamClip> search(String pathPattern, String device, Instant from, Instant until, Pageable pageable);

	/** Whether a clip of the device covers the instant, give or take the margin: the supervision rule's test. */
	@Query("""
			select count(c) > 0 from BodycamClip c
			where c.deviceCode = :device and c.recordedFrom <= :latest and c.recordedTo >= :earliest""")
	boolean covers(String device, Instant earliest, Instant latest);
}
