package org.gongzheng.organization.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.gongzheng.organization.UnitKind;
import org.gongzheng.organization.UnitSummary;
import org.gongzheng.shared.Languages;

@Entity
@Table(name = "units")
public class Unit {

	@Id
	private Long id;

	@Column(name = "parent_id")
	private Long parentId;

	private String code;

	@Column(name = "name_zh")
	private String nameZh;

	@Column(name = "name_en")
	private String nameEn;

	@Column(name = "short_name")
	private String shortName;

	@Enumerated(EnumType.STRING)
	private UnitKind kind;

	private String path;

	@Column(name = "zone_id")
	private String zoneId;

	private boolean active;

	/** Whether this is the bureau's legal-affairs department, where legal review is signed. */
	@Column(name = "legal_affairs")
	private boolean legalAffairs;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private Long version;

	protected Unit() {
	}

	/** A unit whose id was taken from the sequence first, so its path can include it. */
	Unit(long id, Unit parent, String code, String nameZh, String nameEn, String shortName, UnitKind kind,
			String zoneId, Instant now) {
		this.id = id;
		this.parentId = parent == null ? null : parent.id;
		this.path = (parent == null ? "/" : parent.path) + id + "/";
		this.code = code;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.shortName = shortName;
		this.kind = kind;
		this.zoneId = zoneId;
		this.active = true;
		this.createdAt = now;
	}

	void rename(String code, String nameZh, String nameEn, String shortName, String zoneId) {
		this.code = code;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.shortName = shortName;
		this.zoneId = zoneId;
	}

	void setActive(boolean active) {
		this.active = active;
	}

	void setLegalAffairs(boolean legalAffairs) {
		this.legalAffairs = legalAffairs;
	}

	public UnitSummary summary() {
		return new UnitSummary(id, parentId, code, nameZh, nameEn, shortName, kind, path, zoneId, active, legalAffairs);
	}

	public Long getId() {
		return id;
	}

	public Long getParentId() {
		return parentId;
	}

	public String getCode() {
		return code;
	}

	public String getNameZh() {
		return nameZh;
	}

	public String getNameEn() {
		return nameEn;
	}

	/** The name in the reader's language. */
	public String name(java.util.Locale locale) {
		return Languages.pick(locale, nameZh, nameEn);
	}

	public String getShortName() {
		return shortName;
	}

	public UnitKind getKind() {
		return kind;
	}

	public String getPath() {
		return path;
	}

	public String getZoneId() {
		return zoneId;
	}

	public boolean isActive() {
		return active;
	}

	public boolean isLegalAffairs() {
		return legalAffairs;
	}

	public Long getVersion() {
		return version;
	}
}
