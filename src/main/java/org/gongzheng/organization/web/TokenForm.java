package org.gongzheng.organization.web;

/** The page's form for making an access token. */
public class TokenForm {

	private String name;

	private Integer validDays = 90;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Integer getValidDays() {
		return validDays;
	}

	public void setValidDays(Integer validDays) {
		this.validDays = validDays;
	}
}
