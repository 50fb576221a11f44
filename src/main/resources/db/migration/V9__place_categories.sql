-- The hazard category a finding takes by default where it is found (issue 10): a unit grid's
-- sector (a 汽修厂 → 汽修汽贸 of 环保所, a 敬老院 → 养老院、敬老院 of 公共服务办公室) and a key place's
-- own (a 沼气池 → 沼气池 of 农办), instead of one blanket default per kind of grid. Codes of the
-- catalogue (sg_hazard_category); empty = the checklist item's default.
alter table sg_grid add column hazard_category varchar(64);
alter table sg_key_place add column hazard_category varchar(64);
