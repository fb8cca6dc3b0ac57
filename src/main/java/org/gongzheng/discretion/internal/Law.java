package org.gongzheng.discretion.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A law, regulation or rule of the statute library, in one version (e.g. its 2021 revision). */
@Entity
@Table(name = "laws")
public class Law {

	@Id
	private Long id;

	private String code;

	@Column(name = "name_zh")
	private String nameZh;

	@Column(name = "name_en")
	private String nameEn;

	@Column(name = "version_label_zh")
	private String versionLabelZh;

	@Column(name = "version_label_en")
	private String versionLabelEn;

	@Column(name = "effective_from")
	private LocalDate effectiveFrom;

	@Column(name = "repealed_on")
	private LocalDate repealedOn;

	@Column(name = "review_note")
	private String reviewNote;

	@Column(name = "review_note_en")
	private String reviewNoteEn;

	protected Law() {
	}

	public boolean inForceOn(LocalDate day) {
		return !day.isBefore(effectiveFrom) && (repealedOn == null || day.isBefore(repealedOn));
	}

	public Long getId() {
		return id;
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

	public String getVersionLabelZh() {
		return versionLabelZh;
	}

	public String getVersionLabelEn() {
		return versionLabelEn;
	}

	public LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	public LocalDate getRepealedOn() {
		return repealedOn;
	}

	public String getReviewNote() {
		return reviewNote;
	}

	/** The review note in English, falling back to the Chinese one where none was written. */
	public String getReviewNoteEn() {
		return reviewNoteEn == null ? reviewNote : reviewNoteEn;
	}
}
