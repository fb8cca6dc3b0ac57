package org.gongzheng.discretion.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LawArticleRepository extends JpaRepository<LawArticle, Long> {

	List<LawArticle> findByLawIdOrderByArticleNoAscParagraphNoAscItemNoAsc(long lawId);
}
