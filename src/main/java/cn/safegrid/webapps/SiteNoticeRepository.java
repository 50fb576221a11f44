package cn.safegrid.webapps;

import org.springframework.data.jpa.repository.JpaRepository;

interface SiteNoticeRepository extends JpaRepository<SiteNotice, Integer> {}
