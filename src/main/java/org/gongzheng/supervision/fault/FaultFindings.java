package org.gongzheng.supervision.fault;

import java.sql.Array;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.gongzheng.approval.SignatureFindings;

/** Faults as the lifelong signing record shows them: per signature, the faults that name its signer for it. */
@Component
class FaultFindings implements SignatureFindings {

	private final JdbcTemplate jdbc;

	private final FindingWording wording;

	FaultFindings(JdbcTemplate jdbc, FindingWording wording) {
		this.jdbc = jdbc;
		this.wording = wording;
	}

	@Override
	public Map<Long, List<Finding>> forSignatures(Collection<Long> signatureIds) {
		if (signatureIds.isEmpty()) {
			return Map.of();
		}
		List<Finding> findings = jdbc.query(connection -> {
			var statement = connection.prepareStatement("""
					select r.signature_id, f.id, k.name_zh, k.name_en, f.found_on, r.responsible, r.responsibility_kind,
					       o.name_zh as outcome_zh, o.name_en as outcome_en, d.name, d.police_number, r.note
					from fault_responsibilities r
					join enforcement_faults f on f.id = r.fault_id
					join fault_kinds k on k.code = f.kind
					left join fault_outcomes o on o.code = r.outcome
					left join officers d on d.id = r.decided_by
					where r.signature_id = any(?)
					order by f.found_on, f.id""");
			Array ids = connection.createArrayOf("bigint", signatureIds.toArray());
			statement.setArray(1, ids);
			return statement;
		}, (rs, n) -> new Finding(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
				rs.getObject(5, LocalDate.class), (Boolean) rs.getObject(6), rs.getString(7), rs.getString(8),
				rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)));
		return findings.stream()
			.collect(Collectors.groupingBy(Finding::signatureId, LinkedHashMap::new, Collectors.toList()));
	}

	@Override
	public Set<Long> signaturesWithFindings(long officerId) {
		return Set.copyOf(jdbc.queryForList(
				"select distinct signature_id from fault_responsibilities where officer_id = ? and signature_id is not null",
				Long.class, officerId));
	}

	@Override
	public String describe(Finding finding) {
		return wording.describe(finding);
	}
}
