package org.gongzheng.approval.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import org.gongzheng.approval.ApprovalAction;

/**
 * Chain versions by id, each read from the database once per instance. A version's links never
 * change once written (an edit writes the next version), so every instance sharing the database
 * sees the same links for the same id. Only which version is active changes; that is always asked
 * of the database, never of a cached version's {@code active} flag.
 */
@Component
class ChainVersions {

	private final ApprovalChainRepository chains;

	private final Map<Long, ApprovalChain> byId = new ConcurrentHashMap<>();

	ChainVersions(ApprovalChainRepository chains) {
		this.chains = chains;
	}

	ApprovalChain get(long chainId) {
		ApprovalChain chain = byId.get(chainId);
		if (chain == null) {
			// Links are fetched eagerly, so the version stays usable once its session has closed.
			chain = chains.findById(chainId).orElseThrow(() -> new IllegalStateException("No approval chain " + chainId));
			byId.putIfAbsent(chainId, chain);
		}
		return chain;
	}

	/** The version new requests for the action on a case of the bureau start with. */
	Optional<ApprovalChain> active(ApprovalAction action, long bureauId) {
		List<Long> ids = chains.activeIds(action, bureauId);
		return ids.isEmpty() ? Optional.empty() : Optional.of(get(ids.get(0)));
	}
}
