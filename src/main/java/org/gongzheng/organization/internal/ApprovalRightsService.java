package org.gongzheng.organization.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.organization.ApprovalRights;
import org.gongzheng.organization.OfficerChanged;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.error.NotFoundException;

@Service
@Transactional
class ApprovalRightsService implements ApprovalRights {

	private final OfficerRepository officers;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ApprovalRightsService(OfficerRepository officers, JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
		this.officers = officers;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean suspended(long officerId) {
		return officers.findById(officerId).map(Officer::isApprovalRightsSuspended).orElse(false);
	}

	@Override
	public void suspend(long officerId, String reason, Long changedBy) {
		change(officerId, true, reason, null, changedBy);
	}

	@Override
	public void suspend(long officerId, String reason, String reasonEn, Long changedBy) {
		change(officerId, true, reason, reasonEn, changedBy);
	}

	@Override
	public void restore(long officerId, String reason, long changedBy) {
		change(officerId, false, reason, null, changedBy);
	}

	@Override
	public long restore(long officerId, long expectedVersion, String reason, long changedBy) {
		Officer officer = change(officerId, false, reason, null, changedBy, expectedVersion);
		// Flushed so the answer can carry the version the next write must name.
		return officers.saveAndFlush(officer).getVersion();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Change> history(long officerId) {
		return jdbc.query("""
				select officer_id, suspended, reason, reason_en, changed_by, changed_at from approval_right_changes
				where officer_id = ? order by changed_at, id""",
				(rs, i) -> new Change(rs.getLong(1), rs.getBoolean(2), rs.getString(3), rs.getString(4), (Long) rs.getObject(5),
						rs.getTimestamp(6).toInstant()),
				officerId);
	}

	private void change(long officerId, boolean suspend, String reason, String reasonEn, Long changedBy) {
		change(officerId, suspend, reason, reasonEn, changedBy, null);
	}

	/** {@code expectedVersion}: the officer's version the caller read, or null to act on the current one. */
	private Officer change(long officerId, boolean suspend, String reason, String reasonEn, Long changedBy,
			Long expectedVersion) {
		if (reason == null || reason.isBlank()) {
			throw InvalidInputException.of("reason", "validation.required");
		}
		Officer officer = officers.findById(officerId).orElseThrow(() -> new NotFoundException("officer.notFound", officerId));
		if (expectedVersion != null && !expectedVersion.equals(officer.getVersion())) {
			throw ConflictException.staleVersion(officer.getName());
		}
		if (officer.isApprovalRightsSuspended() == suspend) {
			throw new ConflictException(suspend ? "approvalRights.alreadySuspended" : "approvalRights.notSuspended");
		}
		officer.setApprovalRightsSuspended(suspend);
		String english = reasonEn == null || reasonEn.isBlank() ? null : reasonEn.strip();
		jdbc.update("""
				insert into approval_right_changes (officer_id, suspended, reason, reason_en, changed_by, changed_at)
				values (?, ?, ?, ?, ?, ?)""", officerId, suspend, reason.strip(), english, changedBy,
				Timestamp.from(clock.instant()));
		events.publishEvent(AuditEvent.success(suspend ? "APPROVAL_RIGHTS_SUSPENDED" : "APPROVAL_RIGHTS_RESTORED", "OFFICER",
				officerId, english == null ? reason.strip() : reason.strip() + " / " + english));
		events.publishEvent(new OfficerChanged(officerId, clock.instant()));
		return officer;
	}
}
