package org.gongzheng.approval.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongPredicate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.shared.AttestedRecords;

/** Signatures vouched for in the audit log: each APPROVAL_SIGNED entry names its signature's digest. */
@Component
class SignatureAttestations implements AttestedRecords {

	static final String TYPE = "SIGNATURE";

	private final SignatureRepository signatures;

	private final JdbcTemplate jdbc;

	SignatureAttestations(SignatureRepository signatures, JdbcTemplate jdbc) {
		this.signatures = signatures;
		this.jdbc = jdbc;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, String> currentDigests(Collection<Long> ids) {
		Map<Long, String> digests = new HashMap<>();
		signatures.findAllById(ids).forEach(s -> digests.put(s.getId(), s.digest()));
		return digests;
	}

	@Override
	@Transactional(readOnly = true)
	public Unattested unattested(LongPredicate attested, int sample) {
		return UnattestedScan.of(jdbc, TYPE, "approval_signatures", attested, sample);
	}
}
