package org.gongzheng.casework.web;

/**
 * The page that voids a material: the reason, and a box the officer ticks to confirm, so the
 * confirmation does not depend on a script asking.
 */
public class MaterialVoidForm {

	private String reason;

	private boolean confirmed;

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public boolean isConfirmed() {
		return confirmed;
	}

	public void setConfirmed(boolean confirmed) {
		this.confirmed = confirmed;
	}
}
