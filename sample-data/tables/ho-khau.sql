-- The household-register extract of ../remap/ho-khau-trich-xuat.csv as a table (H2 and PostgreSQL SQL), for
-- `dvhc remap --source-db` (docs/tables.md). Its row with a missing field cannot be a table's row and is left out.
CREATE TABLE ho_khau (so_dinh_danh VARCHAR(12) PRIMARY KEY, ho_ten VARCHAR(100), ngay_sinh DATE,
    gioi_tinh VARCHAR(3), dia_chi VARCHAR(200), ma_tinh VARCHAR(2), ma_huyen VARCHAR(3), ma_xa VARCHAR(5),
    ghi_chu VARCHAR(100));
INSERT INTO ho_khau VALUES ('079085001234', 'Nguyễn Văn Hùng', DATE '1985-03-12', 'Nam', '12 Hàm Nghi, Phường Bến Nghé', '79', '760', '26740', NULL);
INSERT INTO ho_khau VALUES ('079090004567', 'Trần Thị Mai', DATE '1990-07-01', 'Nữ', '45 Đinh Tiên Hoàng, Phường Đa Kao', '79', '760', '26737', NULL);
INSERT INTO ho_khau VALUES ('079061000890', 'Lê Quang Vinh', DATE '1961-11-30', 'Nam', '88 Lê Lai, Phường Bến Thành', '79', '760', '26743', 'tạm trú');
INSERT INTO ho_khau VALUES ('079072002233', 'Phạm Thị Thu', DATE '1972-02-14', 'Nữ', 'Hẻm 12 Tân Quý, Phường Tân Quý', '79', '767', '27019', NULL);
INSERT INTO ho_khau VALUES ('077058001122', 'Võ Văn Tám', DATE '1958-05-19', 'Nam', 'Khu 4, Huyện Côn Đảo', '77', '755', NULL, NULL);
INSERT INTO ho_khau VALUES ('001088003344', 'Đặng Minh Tuấn', DATE '1988-09-09', 'Nam', 'Số 3 ngõ 12, Phường Thành Công', '01', '001', '00034', NULL);
INSERT INTO ho_khau VALUES ('001095005566', 'Bùi Thị Lan', DATE '1995-12-25', 'Nữ', 'Thôn Tự Khoát, Xã Tứ Hiệp', '01', '020', '00658', NULL);
INSERT INTO ho_khau VALUES ('001079007788', 'Hoàng Văn Nam', DATE '1979-04-30', 'Nam', 'Khu đô thị Thành phố Giao Lưu, Phường Minh Khai', '01', '021', '00613', NULL);
INSERT INTO ho_khau VALUES ('001066009900', 'Ngô Thị Hà', DATE '1966-01-01', 'Nữ', 'Thôn 3, Xã Cổ Bi', '01', '018', '00553', NULL);
INSERT INTO ho_khau VALUES ('001101000111', 'Dương Văn Phúc', DATE '2001-08-08', 'Nam', 'Xóm Chùa, Xã Bình Yên', '01', '276', '09982', NULL);
INSERT INTO ho_khau VALUES ('038083002222', 'Lý Thị Hạnh', DATE '1983-06-15', 'Nữ', 'Phố Trung Sơn, Phường Trung Sơn', '38', '382', '14830', NULL);
INSERT INTO ho_khau VALUES ('038070003333', 'Hồ Văn Sơn', DATE '1970-10-10', 'Nam', 'Thôn Tân Lập, Xã Cẩm Tân', '38', '390', '15178', NULL);
INSERT INTO ho_khau VALUES ('075086004444', 'Đỗ Thị Yến', DATE '1986-03-03', 'Nữ', 'Ấp Gia Yên, Xã Gia Kiệm', '75', '738', '26308', NULL);
INSERT INTO ho_khau VALUES ('075099005555', 'Phan Quang Dũng', DATE '1999-09-19', 'Nam', 'Khu phố 1, Thị trấn Long Thành', '75', '740', '26368', NULL);
INSERT INTO ho_khau VALUES ('022077006666', 'Huỳnh Thị Ngân', DATE '1977-07-07', 'Nữ', 'Tổ 5, Thị trấn Ba Chẽ', '22', '202', '06970', NULL);
INSERT INTO ho_khau VALUES ('089091007777', 'Vũ Thanh Tâm', DATE '1991-01-21', 'Nam', 'Khóm Vĩnh Phú, Phường Vĩnh Mỹ', '89', '884', '30322', NULL);
INSERT INTO ho_khau VALUES ('094064008888', 'Thạch Thị Sa', DATE '1964-12-12', 'Nữ', 'Ấp Cảng, Thị trấn Lịch Hội Thượng', '94', '951', '31679', NULL);
INSERT INTO ho_khau VALUES ('017082009999', 'Hà Văn Chiến', DATE '1982-02-02', 'Nam', 'Bản Nà Phòn, Xã Đồng Tân', '17', '156', '05221', NULL);
INSERT INTO ho_khau VALUES ('079093010101', 'Mai Thị Kim', DATE '1993-03-23', 'Nữ', '12 Nguyễn Huệ, Phường Bến Nghé', '79', '761', '26740', 'sai mã quận');
INSERT INTO ho_khau VALUES ('001080011111', 'Tạ Văn Lâm', DATE '1980-08-18', 'Nam', 'Thôn Kim Mỹ, Huyện Kim Sơn', '37', '376', '1468', 'mất số 0');
INSERT INTO ho_khau VALUES ('052075012121', 'Châu Thị Hoa', DATE '1975-05-05', 'Nữ', 'Khu phố 2, Phường Hoài Hảo', '52', '543', '99999', NULL);
