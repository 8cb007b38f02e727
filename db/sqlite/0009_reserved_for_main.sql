-- Placeholder on the branch `import`: migration 9 is main's (being written
-- at the same time). When the branches meet, main's own 0009 file replaces
-- this one; two files numbered 9 are refused (Migrations.cpp).
SELECT 1;
