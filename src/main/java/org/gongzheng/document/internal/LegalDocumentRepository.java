package org.gongzheng.document.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.gongzheng.document.DocumentType;

public interface LegalDocumentRepository extends JpaRepository<LegalDocument, Long> {

	boolean existsByType(DocumentType type);

	List<LegalDocument> findBySubjectTypeAndSubjectIdOrderByIdAsc(String subjectType, String subjectId);

	List<LegalDocument> findByCaseIdOrderByIdAsc(long caseId);

	/** The case's first document of a type, for the types a case has once. */
	Optional<LegalDocument> findFirstByCaseIdAndTypeOrderByIdAsc(long caseId, DocumentType type);

	Optional<LegalDocument> findByCorrectsId(long correctsId);

	@Query("""
			select d from LegalDocument d
			where d.unitPath like :pathPattern and (:type is null or d.type = :type)
			  and (:number is null or d.number like cast(:number as string) escape '\\')
			order by d.issuedAt desc, d.id desc""")
	Page<LegalDocument> search(String pathPattern, DocumentType type, String number, Pageable pageable);
}
