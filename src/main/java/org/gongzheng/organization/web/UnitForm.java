package org.gongzheng.organization.web;

import org.gongzheng.organization.UnitKind;
import org.gongzheng.organization.internal.Unit;
import org.gongzheng.organization.internal.UnitCommand;

/** The form behind {@link UnitCommand}. */
public class UnitForm {

	private Long parentId;

	private String code;

	private String nameZh;

	private String nameEn;

	private String shortName;

	private UnitKind kind;

	private String zoneId;

	private boolean legalAffairs;

	private Long version;

	static UnitForm of(Unit unit) {
		UnitForm form = new UnitForm();
		form.parentId = unit.getParentId();
		form.code = unit.getCode();
		form.nameZh = unit.getNameZh();
		form.nameEn = unit.getNameEn();
		form.shortName = unit.getShortName();
		form.kind = unit.getKind();
		form.zoneId = unit.getZoneId();
		form.legalAffairs = unit.isLegalAffairs();
		form.version = unit.getVersion();
		return form;
	}

	UnitCommand toCommand() {
		return new UnitCommand(parentId, code, nameZh, nameEn, shortName, kind, zoneId, legalAffairs);
	}

	public Long getParentId() {
		return parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getNameZh() {
		return nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getShortName() {
		return shortName;
	}

	public void setShortName(String shortName) {
		this.shortName = shortName;
	}

	public UnitKind getKind() {
		return kind;
	}

	public void setKind(UnitKind kind) {
		this.kind = kind;
	}

	public String getZoneId() {
		return zoneId;
	}

	public void setZoneId(String zoneId) {
		this.zoneId = zoneId;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public boolean isLegalAffairs() {
		return legalAffairs;
	}

	public void setLegalAffairs(boolean legalAffairs) {
		this.legalAffairs = legalAffairs;
	}
}
