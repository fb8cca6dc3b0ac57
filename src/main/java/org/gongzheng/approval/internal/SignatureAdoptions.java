package org.gongzheng.approval.internal;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Signatures given before their audit entries began naming their digests. */
@Component
class SignatureAdoptions extends Adoptions {

	SignatureAdoptions(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		super("SIGNATURES_ADOPTED", SignatureAttestations.TYPE, "signatures", jdbc, events);
	}

	@Override
	void digestsUpTo(long through, JdbcTemplate streaming, RecordDigest each) {
		streaming.query("""
				select id, request_id, round, link_order, action, case_id, signer_id, decision, opinion, signed_at,
				       case_version, material_hashes, materials_first_opened_at, signer_name, signer_police_number
				from approval_signatures where id <= ? order by id""", rs -> {
			Instant opened = rs.getTimestamp(13) == null ? null : rs.getTimestamp(13).toInstant();
			each.accept(rs.getLong(1), Signature.digest(rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
					rs.getLong(6), rs.getLong(7), rs.getString(8), rs.getString(9), rs.getTimestamp(10).toInstant(),
					rs.getLong(11), rs.getString(12), opened, rs.getString(14), rs.getString(15)));
		}, through);
	}
}
