package org.gongzheng.discretion.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LawRepository extends JpaRepository<Law, Long> {

	List<Law> findAllByOrderByIdAsc();
}
