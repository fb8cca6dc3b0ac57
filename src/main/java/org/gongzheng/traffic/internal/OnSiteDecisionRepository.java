package org.gongzheng.traffic.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OnSiteDecisionRepository extends JpaRepository<OnSiteDecision, Long> {

	@Query("""
			select d from OnSiteDecision d
			where d.unitPath like :pathPattern and (:officerId is null or d.officerId = :officerId)
			  and (:outOfRange is null or d.outOfRange = :outOfRange)
			order by d.issuedAt desc, d.id desc""")
	Page<OnSiteDecision> search(String pathPattern, Long officerId, Boolean outOfRange, Pageable pageable);

	/**
	 * The decision already made on this violation of this driver: the same licence and code from
	 * {@code from} (included) until {@code until} (left out), the minute it happened. On-site
	 * decisions are never revoked or corrected in place, so every one still stands.
	 * <p>
	 * The interval is written out in words: Spring Modulith's documentation reads this comment with
	 * a JSON parser that an unbalanced bracket, as in the half-open interval's notation, derails.
	 */
	Optional<OnSiteDecision> findFirstByLicenceNumberAndViolationCodeAndOccurredAtGreaterThanEqualAndOccurredAtLessThanOrderByIdAsc(
			String licenceNumber, String violationCode, Instant from, Instant until);
}
