package org.gongzheng.discretion.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import org.gongzheng.discretion.Grade;
import org.gongzheng.discretion.LocalizedText;

/**
 * One version of the discretion standard for one violation in one jurisdiction. Versions are
 * never changed: an edit is a new version, so a decision's recorded version keeps meaning what it
 * meant on the day (no optimistic-lock column is needed for rows that are only ever inserted).
 */
@Entity
@Table(name = "discretion_standards")
public class DiscretionStandard {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "jurisdiction_code")
	private String jurisdictionCode;

	@Column(name = "jurisdiction_name_zh")
	private String jurisdictionNameZh;

	@Column(name = "jurisdiction_name_en")
	private String jurisdictionNameEn;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "violation_id")
	private Violation violation;

	@Column(name = "version_no")
	private int versionNo;

	@Column(name = "effective_from")
	private LocalDate effectiveFrom;

	@Column(name = "basis_zh")
	private String basisZh;

	@Column(name = "basis_en")
	private String basisEn;

	@Column(name = "change_note")
	private String changeNote;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@OneToMany(mappedBy = "standard", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
	private List<StandardGrade> grades = new ArrayList<>();

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "discretion_standard_circumstances", joinColumns = @JoinColumn(name = "standard_id"),
			inverseJoinColumns = @JoinColumn(name = "circumstance_id"))
	private Set<Circumstance> circumstances = new LinkedHashSet<>();

	protected DiscretionStandard() {
	}

	/** The next version after {@code previous} (or the first one of a jurisdiction). */
	DiscretionStandard(String jurisdictionCode, LocalizedText jurisdictionName, Violation violation, int versionNo,
			LocalDate effectiveFrom, LocalizedText basis, String changeNote, long createdBy, Instant createdAt) {
		this.jurisdictionCode = jurisdictionCode;
		this.jurisdictionNameZh = jurisdictionName.zh();
		this.jurisdictionNameEn = jurisdictionName.en();
		this.violation = violation;
		this.versionNo = versionNo;
		this.effectiveFrom = effectiveFrom;
		this.basisZh = basis.zh();
		this.basisEn = basis.en();
		this.changeNote = changeNote;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	void addGrade(StandardGrade grade) {
		grade.attachTo(this);
		grades.add(grade);
	}

	void listCircumstances(Set<Circumstance> listed) {
		circumstances.clear();
		circumstances.addAll(listed);
	}

	public List<StandardGrade> gradesInOrder() {
		return grades.stream().sorted(Comparator.comparing(StandardGrade::getGrade)).toList();
	}

	public Optional<StandardGrade> grade(Grade grade) {
		return grades.stream().filter(g -> g.getGrade() == grade).findFirst();
	}

	public List<Circumstance> circumstancesInOrder() {
		return circumstances.stream().sorted(Comparator.comparing(Circumstance::getGrade).thenComparing(Circumstance::getId))
			.toList();
	}

	public LocalizedText jurisdictionName() {
		return LocalizedText.of(jurisdictionNameZh, jurisdictionNameEn);
	}

	public LocalizedText basis() {
		return LocalizedText.of(basisZh, basisEn);
	}

	public Long getId() {
		return id;
	}

	public String getJurisdictionCode() {
		return jurisdictionCode;
	}

	public Violation getViolation() {
		return violation;
	}

	public int getVersionNo() {
		return versionNo;
	}

	public LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	public String getChangeNote() {
		return changeNote;
	}

	public Long getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
