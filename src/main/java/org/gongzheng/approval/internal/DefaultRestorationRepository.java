package org.gongzheng.approval.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DefaultRestorationRepository extends JpaRepository<DefaultRestoration, Long> {

	/** The returns to the default that retired any of the given versions: at most one each. */
	List<DefaultRestoration> findByRetiredChainIdIn(Collection<Long> chainIds);
}
