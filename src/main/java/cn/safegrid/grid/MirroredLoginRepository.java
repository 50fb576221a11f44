package cn.safegrid.grid;

import org.springframework.data.jpa.repository.JpaRepository;

interface MirroredLoginRepository extends JpaRepository<MirroredLogin, String> {}
