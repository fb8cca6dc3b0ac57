package org.gongzheng.supervision;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.gongzheng.Fixtures;
import org.gongzheng.shared.identity.ResidentIdentityNumber;

/**
 * Rows shaped exactly at a rule's threshold, written straight into the other modules' tables:
 * the rules read those tables, and their services would not let a test put a time stamp a second
 * either side of a limit.
 */
@Component
public class SupervisionData {

	private final JdbcTemplate jdbc;

	SupervisionData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		jdbc.execute("create sequence if not exists supervision_test_seq start with 1");
	}

	public long caseIn(Fixtures.Bureau b, String state, Instant reportedAt, Instant acceptedAt, Instant filedAt,
			Instant decidedAt, String decisionKind) {
		long n = jdbc.queryForObject("select nextval('supervision_test_seq')", Long.class);
		return jdbc.queryForObject("""
				INSERT INTO cases (case_number, case_type, state, title, summary, report_source, reported_at, unit_id, unit_path,
				                   handler_id, registered_by, accepted_at, filed_at, decided_at, decision_kind, created_at, updated_at)
				VALUES (?, 'ADMINISTRATIVE', ?, '监督测试案', '测试', 'WALK_IN', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
				Long.class, "SV-T-" + System.nanoTime() + "-" + n, state, ts(reportedAt), b.stationOne().getId(),
				b.stationOne().getPath(), acceptedAt == null ? null : b.officer().officerId(), b.officer().officerId(),
				ts(acceptedAt), ts(filedAt), ts(decidedAt), decisionKind, ts(reportedAt), ts(reportedAt));
	}

	public long registered(Fixtures.Bureau b, Instant reportedAt) {
		return caseIn(b, "REGISTERED", reportedAt, null, null, null, null);
	}

	public void material(long caseId, String type, long by) {
		jdbc.update("""
				INSERT INTO case_materials (case_id, material_type, title, body, content_hash, created_by, created_at)
				VALUES (?, ?, '材料', '内容', 'x', ?, now())""", caseId, type, by);
	}

	public void bodycam(long caseId, String device, Instant from, Instant to, long by) {
		jdbc.update("""
				INSERT INTO case_materials (case_id, material_type, title, device_code, recorded_from, recorded_to, content_hash,
				                            created_by, created_at)
				VALUES (?, 'BODYCAM_CLIP', '执法记录仪视频', ?, ?, ?, 'x', ?, now())""", caseId, device, ts(from), ts(to), by);
	}

	/** A clip in traffic's register of the camera docks, which belongs to no case. */
	public void registeredClip(Fixtures.Bureau b, String device, Instant from, Instant to) {
		jdbc.update("""
				INSERT INTO bodycam_clips (device_code, recorded_from, recorded_to, unit_id, unit_path, officer_id,
				                           registered_by, registered_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, now())""", device, ts(from), ts(to), b.officer().unitId(),
				b.officer().unitPath(), b.officer().officerId(), b.officer().officerId());
	}

	public long deadline(long caseId, String rule, Instant startedAt, Instant dueAt, int warnHours) {
		return jdbc.queryForObject("""
				INSERT INTO case_deadlines (case_id, rule_code, duration_unit, max_extension, warn_before_hours, started_at, due_at)
				VALUES (?, ?, 'DAYS', 0, ?, ?, ?) RETURNING id""", Long.class, caseId, rule, warnHours, ts(startedAt), ts(dueAt));
	}

	public void closeDeadline(long deadlineId) {
		jdbc.update("UPDATE case_deadlines SET closed_at = now(), closed_outcome = 'MET' WHERE id = ?", deadlineId);
	}

	public long party(long caseId, long by) {
		return jdbc.queryForObject("""
				INSERT INTO case_parties (case_id, kind, role, name, created_by, created_at)
				VALUES (?, 'PERSON', 'SUSPECT', '张某', ?, now()) RETURNING id""", Long.class, caseId, by);
	}

	public long measure(long caseId, String type, Instant startedAt, long by) {
		long party = party(caseId, by);
		return jdbc.queryForObject("""
				INSERT INTO compulsory_measures (case_id, party_id, measure_type, started_at, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, now()) RETURNING id""", Long.class, caseId, party, type, ts(startedAt), by);
	}

	public long property(long caseId, Instant seizedAt, LocalDate disposalDue, String registerNumber, long by) {
		return jdbc.queryForObject("""
				INSERT INTO seized_property (case_id, description, category, quantity, unit_of_measure, seizure_kind, seized_at,
				                             disposal_due, register_number, registered_at, created_by, created_at)
				VALUES (?, '手机', 'ELECTRONICS', 1, '部', 'SEIZURE', ?, ?, ?, ?, ?, now()) RETURNING id""", Long.class, caseId,
				ts(seizedAt), disposalDue, registerNumber, registerNumber == null ? null : ts(seizedAt), by);
	}

	/** An issued ordinary-procedure decision for a public-order violation (PO01), with its document. */
	public long penalty(Fixtures.Bureau b, long caseId, boolean outOfRange, String deviationReason, String omissionReason,
			Long fineFen) {
		return penalty(b, caseId, "MITIGATED", null, outOfRange, deviationReason, omissionReason, fineFen);
	}

	public long penalty(Fixtures.Bureau b, long caseId, String grade, Integer detentionDays, boolean outOfRange,
			String deviationReason, String omissionReason, Long fineFen) {
		long party = party(caseId, b.officer().officerId());
		long document = document(b, caseId, fineFen, 0);
		return jdbc.queryForObject("""
				INSERT INTO penalty_decisions (case_id, case_number, unit_id, unit_path, party_id, party_name, offender_kind,
				       violation_id, violation_code, standard_id, grade, facts, warning, fine_fen, detention_days, out_of_range,
				       deviation_reason, omission_reason, legal_review_required, status, proposed_by, proposed_at,
				       document_id, document_number, issued_at)
				SELECT ?, c.case_number, c.unit_id, c.unit_path, ?, '张某', 'CITIZEN', v.id, v.code,
				       (SELECT max(s.id) FROM discretion_standards s WHERE s.violation_id = v.id), ?, '事实', FALSE, ?, ?, ?,
				       ?, ?, FALSE, 'ISSUED', ?, now(), ?, 'DOC-' || ?, now()
				FROM cases c, violations v WHERE c.id = ? AND v.code = 'PO01' RETURNING id""", Long.class, caseId, party,
				grade, fineFen, detentionDays, outOfRange, deviationReason, omissionReason, b.officer().officerId(), document, document, caseId);
	}

	public long document(Fixtures.Bureau b, Long caseId, Long fineFen, int points) {
		String fields = "{\"fineFen\": \"%s\", \"detentionDays\": \"\", \"points\": \"%d\"}".formatted(
				fineFen == null ? "" : fineFen, points);
		return jdbc.queryForObject("""
				INSERT INTO legal_documents (type, authority_unit_id, authority_name, issuing_unit_id, unit_path, case_id,
				                             title, fields, html, content_hash, issued_by, issued_at)
				VALUES ('PENALTY_DECISION', ?, '测试公安局', ?, ?, ?, '处罚决定书', ?, '<p></p>', 'x', ?, now()) RETURNING id""",
				Long.class, b.bureau().getId(), b.stationOne().getId(), b.stationOne().getPath(), caseId, fields,
				b.officer().officerId());
	}

	/**
	 * An on-site decision for running a red light (1625, 6 points) by the bureau's officer. Each is
	 * for a driver of its own: one licence, code and moment is decided once (V97).
	 */
	public long onsite(Fixtures.Bureau b, Instant occurredAt, String clip, long fineFen, int points, String omissionReason) {
		long n = jdbc.queryForObject("select nextval('supervision_test_seq')", Long.class);
		String body = "990103" + LocalDate.of(1960, 1, 1).plusDays(n % 16000).toString().replace("-", "") + "031";
		String licence = body + ResidentIdentityNumber.checkCharacterFor(body);
		return jdbc.queryForObject("""
				INSERT INTO onsite_decisions (unit_id, unit_path, officer_id, driver_name, licence_number, plate_number, plate_type,
				       violation_id, violation_code, place, occurred_at, bodycam_clip, standard_id, grade, warning, fine_fen,
				       points, out_of_range, omission_reason, document_number, issued_at)
				SELECT ?, ?, ?, '李明', ?, '青B12345', '02', v.id, v.code, '路口', ?, ?,
				       (SELECT max(s.id) FROM discretion_standards s WHERE s.violation_id = v.id), 'ORDINARY', FALSE, ?, ?,
				       CAST(? AS text) IS NOT NULL, ?, 'OS-' || nextval('supervision_test_seq'), ?
				FROM violations v WHERE v.code = '1625' RETURNING id""", Long.class, b.stationOne().getId(),
				b.stationOne().getPath(), b.officer().officerId(), licence, ts(occurredAt), clip, fineFen, points, omissionReason,
				omissionReason, ts(occurredAt));
	}

	/** An approval request on the case with one approving signature. */
	public long signature(Fixtures.Bureau b, long caseId, Instant firstOpened, Instant signedAt) {
		long request = jdbc.queryForObject("""
				INSERT INTO approval_requests (action, chain_id, case_id, case_number, case_title, case_unit_id, case_unit_path,
				       summary, status, round, case_version, submitted_by, submitted_at, decided_at)
				SELECT ch.action, ch.id, c.id, c.case_number, c.title, c.unit_id, c.unit_path, '测试', 'APPROVED', 1, 0, ?, ?, ?
				FROM cases c, (SELECT * FROM approval_chains WHERE active ORDER BY id LIMIT 1) ch WHERE c.id = ? RETURNING id""",
				Long.class, b.officer().officerId(), ts(firstOpened), ts(signedAt), caseId);
		return jdbc.queryForObject("""
				INSERT INTO approval_signatures (request_id, round, link_order, link_name, action, case_id, signer_id, decision,
				       signed_at, case_version, material_hashes, materials_first_opened_at)
				SELECT r.id, 1, 1, '审核', r.action, r.case_id, ?, 'APPROVE', ?, 0, '', ? FROM approval_requests r WHERE r.id = ?
				RETURNING id""", Long.class, b.reviewer().officerId(), ts(signedAt), ts(firstOpened), request);
	}

	/** Puts a penalty decision through an approved request signed at {@code signedAt}. */
	public void approvedAt(Fixtures.Bureau b, long penaltyId, long caseId, Instant signedAt) {
		long signature = signature(b, caseId, signedAt.minusSeconds(3600), signedAt);
		jdbc.update("""
				UPDATE penalty_decisions SET approval_request_id = (SELECT request_id FROM approval_signatures WHERE id = ?)
				WHERE id = ?""", signature, penaltyId);
		jdbc.update("""
				UPDATE approval_requests SET subject_type = 'PENALTY_DECISION', subject_id = ?
				WHERE id = (SELECT request_id FROM approval_signatures WHERE id = ?)""", String.valueOf(penaltyId), signature);
	}

	public static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
