package org.gongzheng.approval.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
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

	/** Streams every signature's id (a verification reads the whole log anyway), keeping none but the sample. */
	@Override
	@Transactional(readOnly = true)
	public Unattested unattested(LongPredicate attested, int sample) {
		JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
		streaming.setFetchSize(5_000);
		List<Long> first = new ArrayList<>();
		long[] count = { 0 };
		streaming.query("select id from approval_signatures order by id", rs -> {
			long id = rs.getLong(1);
			if (!attested.test(id)) {
				count[0]++;
				if (first.size() < sample) {
					first.add(id);
				}
			}
		});
		return new Unattested(TYPE, count[0], List.copyOf(first));
	}
}
