-- Lets the required-materials rule answer "does this case have a material of this type" from
-- the index alone instead of merging over every material (measured in bench/: 2.5 s -> 1.1 s
-- at one million cases).
CREATE INDEX case_materials_case_type_idx ON case_materials (case_id, material_type);
