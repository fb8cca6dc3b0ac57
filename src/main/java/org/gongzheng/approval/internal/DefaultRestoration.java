package org.gongzheng.approval.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A bureau's return to the provincial default: the own version it retired, the default it followed
 * from then on, who decided it, when and why. Written once, as a version is.
 */
@Entity
@Table(name = "approval_chain_default_restorations")
public class DefaultRestoration {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "retired_chain_id")
	private long retiredChainId;

	@Column(name = "default_chain_id")
	private long defaultChainId;

	@Column(name = "restored_by")
	private long restoredBy;

	@Column(name = "restored_at")
	private Instant restoredAt;

	private String reason;

	protected DefaultRestoration() {
	}

	DefaultRestoration(long retiredChainId, long defaultChainId, long restoredBy, Instant restoredAt, String reason) {
		this.retiredChainId = retiredChainId;
		this.defaultChainId = defaultChainId;
		this.restoredBy = restoredBy;
		this.restoredAt = restoredAt;
		this.reason = reason;
	}

	public Long getId() {
		return id;
	}

	public long getRetiredChainId() {
		return retiredChainId;
	}

	public long getDefaultChainId() {
		return defaultChainId;
	}

	public long getRestoredBy() {
		return restoredBy;
	}

	public Instant getRestoredAt() {
		return restoredAt;
	}

	public String getReason() {
		return reason;
	}
}
