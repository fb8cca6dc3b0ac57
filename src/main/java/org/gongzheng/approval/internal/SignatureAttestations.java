package org.gongzheng.approval.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.shared.AttestedRecords;

/** Signatures vouched for in the audit log: each APPROVAL_SIGNED entry names its signature's digest. */
@Component
class SignatureAttestations implements AttestedRecords {

	static final String TYPE = "SIGNATURE";

	private final SignatureRepository signatures;

	SignatureAttestations(SignatureRepository signatures) {
		this.signatures = signatures;
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
}
