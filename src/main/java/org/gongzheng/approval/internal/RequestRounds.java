package org.gongzheng.approval.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.shared.AttestedRecords;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each round's submission, kept apart from the request row so a later round never rewrites what an
 * earlier one asked. The table refuses updates and deletes.
 */
@Component
class RequestRounds {

	private final JdbcTemplate jdbc;

	RequestRounds(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the request's current round, as it stands after submission or resubmission, and
	 * returns the token its audit entry carries to vouch for it. The submitter's name and police
	 * number are those on record now, not the session's: an account's user name need not be the
	 * police number, and a rename reaches a session only on its next page.
	 */
	String record(ApprovalRequest request, String note, OfficerSummary submitter) {
		SubmissionRound round = new SubmissionRound(request.getRound(), request.getSummary(), request.getSummaryEn(),
				note, request.getCaseVersion(), request.getSubmittedBy(),
				request.getSubmittedAt().truncatedTo(ChronoUnit.MICROS), submitter.name(), submitter.policeNumber());
		Long id = jdbc.queryForObject("""
				insert into approval_request_rounds (request_id, round, summary, summary_en, note, case_version,
				    submitted_by, submitted_at, submitter_name, submitter_police_number)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class,
				request.getId(), round.round(), round.summary(), round.summaryEn(), note, round.caseVersion(),
				round.submittedBy(), Timestamp.from(round.submittedAt()), round.submitterName(),
				round.submitterPoliceNumber());
		return AttestedRecords.token(RoundAttestations.TYPE, id, round.digest(request.getId()));
	}

	/** Every recorded round of the request, first round first. */
	List<SubmissionRound> of(long requestId) {
		return jdbc.query("""
				select round, summary, summary_en, note, case_version, submitted_by, submitted_at, submitter_name,
				       submitter_police_number
				from approval_request_rounds where request_id = ? order by round""", RequestRounds::round, requestId);
	}

	/** Every recorded round of the case's requests, by request, first round first. */
	Map<Long, List<SubmissionRound>> onCase(long caseId) {
		Map<Long, List<SubmissionRound>> byRequest = new LinkedHashMap<>();
		jdbc.query("""
				select x.round, x.summary, x.summary_en, x.note, x.case_version, x.submitted_by, x.submitted_at,
				       x.submitter_name, x.submitter_police_number, x.request_id
				from approval_request_rounds x join approval_requests r on r.id = x.request_id
				where r.case_id = ? order by x.request_id, x.round""", rs -> {
			byRequest.computeIfAbsent(rs.getLong(10), k -> new ArrayList<>()).add(round(rs, 0));
		}, caseId);
		return byRequest;
	}

	/**
	 * The correction notes of the given requests' current rounds, by request id; requests in their
	 * first round or resubmitted without a note are left out. One query for a page of a queue.
	 */
	Map<Long, String> currentNotes(Collection<ApprovalRequest> requests) {
		List<ApprovalRequest> resubmitted = requests.stream().filter(r -> r.getRound() > 1).toList();
		if (resubmitted.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> notes = new HashMap<>();
		jdbc.query("""
				select x.request_id, x.note from approval_request_rounds x
				join unnest(?::bigint[], ?::int[]) as w(request_id, round) on w.request_id = x.request_id and w.round = x.round
				where x.note is not null""", rs -> {
			notes.put(rs.getLong(1), rs.getString(2));
		}, resubmitted.stream().map(ApprovalRequest::getId).toArray(Long[]::new),
				resubmitted.stream().map(ApprovalRequest::getRound).toArray(Integer[]::new));
		return notes;
	}

	private static SubmissionRound round(ResultSet rs, int row) throws SQLException {
		return new SubmissionRound(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
				rs.getLong(6), rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getString(9));
	}
}
