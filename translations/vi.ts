<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Welcome — touch to start</source>
        <translation>Xin chào — chạm để bắt đầu</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Chạm để bắt đầu</translation>
    </message>
    <message>
        <source>Find the services that help your business, step by step, in your language.</source>
        <translation>Tìm dịch vụ giúp doanh nghiệp của bạn, từng bước một, bằng ngôn ngữ của bạn.</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Camino — front desk</source>
        <translation>Camino — quầy tiếp đón</translation>
    </message>
    <message>
        <source>Visitor&apos;s &amp;language:</source>
        <translation>&amp;Ngôn ngữ của khách:</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Lộ trình</translation>
    </message>
    <message>
        <source>Printout preview</source>
        <translation>Xem trước bản in</translation>
    </message>
    <message>
        <source>&amp;Bilingual (with English)</source>
        <translation>&amp;Song ngữ (kèm tiếng Anh)</translation>
    </message>
    <message>
        <source>&amp;Print  (Ctrl+P)</source>
        <translation>&amp;In  (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Reset  (Ctrl+R)</source>
        <translation>Làm &amp;lại  (Ctrl+R)</translation>
    </message>
    <message>
        <source>C&amp;opies:</source>
        <translation>Số &amp;bản:</translation>
    </message>
    <message>
        <source>Prin&amp;ter:</source>
        <translation>&amp;Máy in:</translation>
    </message>
    <message>
        <source>Choose at least one need (question 1) to see the pathway.</source>
        <translation>Chọn ít nhất một nhu cầu (câu hỏi 1) để xem lộ trình.</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>Không tạo được bản xem trước: %1</translation>
    </message>
    <message>
        <source>Default printer</source>
        <translation>Máy in mặc định</translation>
    </message>
    <message>
        <source>Nothing to print yet: choose at least one need.</source>
        <translation>Chưa có gì để in: hãy chọn ít nhất một nhu cầu.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
    <message>
        <source>Ready for the next visitor.</source>
        <translation>Sẵn sàng cho khách tiếp theo.</translation>
    </message>
</context>
<context>
    <name>FinishScreen</name>
    <message>
        <source>Take your pathway with you</source>
        <translation>Mang lộ trình theo bạn</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In ra giấy</translation>
    </message>
    <message>
        <source>Take it on your phone</source>
        <translation>Lưu vào điện thoại</translation>
    </message>
    <message>
        <source>Show the QR code instead</source>
        <translation>Hiện mã QR</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code.</source>
        <translation>Hướng máy ảnh điện thoại vào mã.</translation>
    </message>
    <message>
        <source>Did you find what you need?</source>
        <translation>Bạn có tìm thấy điều bạn cần không?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Một phần</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>What was missing?</source>
        <translation>Còn thiếu gì?</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Cảm ơn bạn!</translation>
    </message>
    <message>
        <source>Printing… please wait.</source>
        <translation>Đang in… xin vui lòng chờ.</translation>
    </message>
    <message>
        <source>Printed. Please take your pages from the printer.</source>
        <translation>Đã in xong. Xin lấy giấy ở máy in.</translation>
    </message>
    <message>
        <source>Sorry, the printer is not working right now. You can take your pathway on your phone instead.</source>
        <translation>Xin lỗi, máy in hiện không hoạt động. Bạn có thể lưu lộ trình vào điện thoại.</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>SSN: Social Security number, the U.S. government&apos;s number for a person who may work in the U.S.</source>
        <translation>SSN: số An sinh Xã hội, số do chính phủ Hoa Kỳ cấp cho người được phép làm việc tại Hoa Kỳ.</translation>
    </message>
    <message>
        <source>ITIN: a tax number from the IRS for people who cannot get an SSN. It is free.</source>
        <translation>ITIN: mã số thuế do IRS cấp cho người không thể có SSN. Miễn phí.</translation>
    </message>
    <message>
        <source>EIN: your business&apos;s tax number from the IRS. It is free.</source>
        <translation>EIN: mã số thuế của doanh nghiệp bạn, do IRS cấp. Miễn phí.</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Ngôn ngữ: %1</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Chữ to hơn</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Tương phản cao</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Bắt đầu lại</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation>Chọn ngôn ngữ của bạn</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Chọn ngôn ngữ của bạn</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>Delete last digit</source>
        <translation>Xóa số cuối</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa hết</translation>
    </message>
    <message>
        <source>Clear all digits</source>
        <translation>Xóa hết các số</translation>
    </message>
</context>
<context>
    <name>OptionButton</name>
    <message>
        <source>chosen</source>
        <translation>đã chọn</translation>
    </message>
</context>
<context>
    <name>PathwayScreen</name>
    <message>
        <source>Your pathway</source>
        <translation>Lộ trình của bạn</translation>
    </message>
    <message>
        <source>Do these steps in order. Tap a step to see who can help, best match first.</source>
        <translation>Làm các bước theo thứ tự. Chạm vào một bước để xem ai có thể giúp, phù hợp nhất ở trên cùng.</translation>
    </message>
    <message>
        <source>We did not find a service for: %1</source>
        <translation>Chúng tôi chưa tìm thấy dịch vụ cho: %1</translation>
    </message>
    <message>
        <source>We did not find a service for your answers</source>
        <translation>Chúng tôi chưa tìm thấy dịch vụ cho câu trả lời của bạn</translation>
    </message>
    <message>
        <source>These people can help you find one. Call them or visit:</source>
        <translation>Những người này có thể giúp bạn tìm. Hãy gọi điện hoặc đến gặp họ:</translation>
    </message>
    <message>
        <source>Not sure? Talk to a person</source>
        <translation>Chưa chắc? Nói chuyện với một người</translation>
    </message>
    <message>
        <source>These people can point you to the right place. Call them or visit:</source>
        <translation>Những người này có thể chỉ cho bạn đúng nơi cần đến. Hãy gọi hoặc đến gặp họ:</translation>
    </message>
    <message>
        <source>Someone to call who can point you to the right place.</source>
        <translation>Người bạn có thể gọi để được chỉ đúng nơi cần đến.</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>bằng tiếng Anh</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Tất cả các bước</translation>
    </message>
    <message>
        <source>Why this step: %1</source>
        <translation>Tại sao cần bước này: %1</translation>
    </message>
    <message>
        <source>Take it with you</source>
        <translation>Mang theo</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Gọi</translation>
    </message>
    <message>
        <source>Open in maps</source>
        <translation>Mở trong bản đồ</translation>
    </message>
    <message>
        <source>Opening your pathway…</source>
        <translation>Đang mở lộ trình của bạn…</translation>
    </message>
    <message>
        <source>This link holds no pathway. These people can help you find one.</source>
        <translation>Liên kết này không có lộ trình. Những người này có thể giúp bạn tìm một lộ trình.</translation>
    </message>
    <message>
        <source>The directory has been updated since the kiosk made this code. These are today&apos;s services for your steps.</source>
        <translation>Danh bạ đã được cập nhật sau khi ki-ốt tạo mã này. Đây là các dịch vụ hiện nay cho các bước của bạn.</translation>
    </message>
    <message>
        <source>This service is no longer in the directory.</source>
        <translation>Dịch vụ này không còn trong danh bạ.</translation>
    </message>
    <message>
        <source>Your pathway is stored only in this link, on your phone. Nothing about you was sent to this website.</source>
        <translation>Lộ trình của bạn chỉ được lưu trong liên kết này, trên điện thoại của bạn. Không có thông tin nào về bạn được gửi đến trang web này.</translation>
    </message>
    <message>
        <source>This page could not load its directory. Connect to the internet and open the link again.</source>
        <translation>Trang này không tải được danh bạ. Hãy kết nối internet và mở lại liên kết.</translation>
    </message>
    <message>
        <source>Not shown here: {steps} steps, {services} services. Print the pathway to see them all.</source>
        <translation>Không hiển thị ở đây: {steps} bước, {services} dịch vụ. Hãy in lộ trình để xem tất cả.</translation>
    </message>
    <message>
        <source>Skip to your pathway</source>
        <translation>Đi đến lộ trình của bạn</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff PIN</source>
        <translation>Mã PIN nhân viên</translation>
    </message>
    <message>
        <source>Enter the staff PIN (4 to 8 digits).</source>
        <translation>Nhập mã PIN nhân viên (4 đến 8 số).</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more tries before staff entry locks.</source>
        <translation>
            <numerusform>Sai mã PIN. Còn %n lần thử trước khi bị khóa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Staff entry is locked; try again in %n minute(s).</source>
        <translation>
            <numerusform>Sai mã PIN quá nhiều lần. Đã khóa; hãy thử lại sau %n phút.</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff entry locked</source>
        <translation>Đã khóa lối vào nhân viên</translation>
    </message>
    <message>
        <source>No staff PIN is set</source>
        <translation>Chưa đặt mã PIN nhân viên</translation>
    </message>
    <message>
        <source>Staff mode stays closed until a PIN is set. On this computer, run:
kiosk set-pin</source>
        <translation>Chế độ nhân viên vẫn đóng cho đến khi có mã PIN. Trên máy này, hãy chạy:
kiosk set-pin</translation>
    </message>
    <message>
        <source>Staff entry is not possible</source>
        <translation>Không thể vào chế độ nhân viên</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Vào</translation>
    </message>
    <message>
        <source>%1 digits entered</source>
        <translation>Đã nhập %1 số</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <source>See step {n}</source>
        <translation>Xem bước {n}</translation>
    </message>
    <message>
        <source>Your business pathway</source>
        <translation>Lộ trình kinh doanh của bạn</translation>
    </message>
    <message>
        <source>Printed at {place} on {date}</source>
        <translation>In tại {place} ngày {date}</translation>
    </message>
    <message>
        <source>Step {n}</source>
        <translation>Bước {n}</translation>
    </message>
    <message>
        <source>Why this step</source>
        <translation>Tại sao cần bước này</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Ai có thể giúp bạn</translation>
    </message>
    <message>
        <source>No service in this directory matches this step yet. Ask 311 or the Office of Immigrant and Refugee Affairs.</source>
        <translation>Danh bạ này chưa có dịch vụ nào cho bước này. Hãy hỏi 311 hoặc Văn phòng Các vấn đề Người nhập cư và Người tị nạn.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Ngôn ngữ sử dụng</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Miễn phí</translation>
    </message>
    <message>
        <source>Accepts ITIN (no Social Security number needed)</source>
        <translation>Chấp nhận ITIN (không cần số An sinh Xã hội)</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Giấy tờ cần mang theo</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Trang web</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Cách đăng ký</translation>
    </message>
    <message>
        <source>Information last checked on {date}</source>
        <translation>Thông tin được kiểm tra lần cuối ngày {date}</translation>
    </message>
    <message>
        <source>Information not yet verified</source>
        <translation>Thông tin chưa được xác minh</translation>
    </message>
    <message>
        <source>May be out of date: call first</source>
        <translation>Có thể đã cũ: hãy gọi điện trước</translation>
    </message>
    <message>
        <source>(in English)</source>
        <translation>(bằng tiếng Anh)</translation>
    </message>
    <message>
        <source>Needs this directory has no service for yet</source>
        <translation>Nhu cầu mà danh bạ này chưa có dịch vụ</translation>
    </message>
    <message>
        <source>Need a person to help?</source>
        <translation>Bạn cần người giúp đỡ?</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Trang {n} / {total}</translation>
    </message>
    <message>
        <source>Scan for the website</source>
        <translation>Quét để mở trang web</translation>
    </message>
    <message>
        <source>Scan to open this pathway on your phone</source>
        <translation>Quét để mở lộ trình này trên điện thoại</translation>
    </message>
</context>
<context>
    <name>ProgressIndicator</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Bước %1 / %2</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <source> (optional)</source>
        <translation> (không bắt buộc)</translation>
    </message>
    <message>
        <source>ZIP code (empty: near here)</source>
        <translation>Mã ZIP (để trống: gần đây)</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <source>Choose all that apply.</source>
        <translation>Chọn tất cả các mục phù hợp.</translation>
    </message>
    <message>
        <source>Choose one.</source>
        <translation>Chọn một.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp theo</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Option {n}</source>
        <translation>Lựa chọn {n}</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>đã chọn</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>chưa chọn</translation>
    </message>
    <message>
        <source>Step {n}</source>
        <translation>Bước {n}</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Nghe</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Nghe lại</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>To hơn</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Nhỏ hơn</translation>
    </message>
    <message>
        <source>To hear everything on the screen read aloud, touch Listen at the top, or press any key.</source>
        <translation>Để nghe đọc to mọi thứ trên màn hình, hãy chạm vào Nghe ở phía trên, hoặc nhấn phím bất kỳ.</translation>
    </message>
    <message>
        <source>Reading aloud is on. Use the arrow keys to move, Enter to choose, and 0 to hear it again.</source>
        <translation>Đã bật đọc to. Dùng phím mũi tên để di chuyển, Enter để chọn, và 0 để nghe lại.</translation>
    </message>
    <message>
        <source>Volume {n}</source>
        <translation>Âm lượng {n}</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Check your answers</source>
        <translation>Xem lại câu trả lời</translation>
    </message>
    <message>
        <source>Tap an answer to change it.</source>
        <translation>Chạm vào câu trả lời để sửa.</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Đã bỏ qua</translation>
    </message>
    <message>
        <source>Near this kiosk</source>
        <translation>Gần máy này</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Show my pathway</source>
        <translation>Xem lộ trình</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Next</source>
        <translation>Tiếp theo</translation>
    </message>
</context>
<context>
    <name>ServiceCardWidget</name>
    <message>
        <source>Hours</source>
        <translation>Giờ mở cửa</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Ngôn ngữ sử dụng</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <source>Accepts ITIN</source>
        <translation>Nhận ITIN</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Trang web</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Giấy tờ cần mang</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Đã kiểm tra ngày</translation>
    </message>
    <message>
        <source>May be out of date: call first</source>
        <translation>Có thể đã cũ: hãy gọi điện trước</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>bằng tiếng Anh</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Gọi</translation>
    </message>
    <message>
        <source>Walk in</source>
        <translation>Đến trực tiếp</translation>
    </message>
    <message>
        <source>Online only</source>
        <translation>Chỉ trực tuyến</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Cách đăng ký</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>Ai có thể dùng</translation>
    </message>
    <message>
        <source>Speaks your language</source>
        <translation>Nói ngôn ngữ của bạn</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Miễn phí</translation>
    </message>
    <message>
        <source>Near you</source>
        <translation>Gần bạn</translation>
    </message>
    <message>
        <source>not yet verified</source>
        <translation>chưa được kiểm tra</translation>
    </message>
</context>
<context>
    <name>SorryOverlay</name>
    <message>
        <source>Sorry, something went wrong.</source>
        <translation>Xin lỗi, đã có lỗi xảy ra.</translation>
    </message>
    <message>
        <source>Starting again. Your answers have been erased.</source>
        <translation>Bắt đầu lại. Câu trả lời của bạn đã được xóa.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff mode</source>
        <translation>Chế độ nhân viên</translation>
    </message>
    <message numerus="yes">
        <source>Closes by itself after %n minute(s) without a touch.</source>
        <translation>
            <numerusform>Tự đóng sau %n phút không chạm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close staff mode</source>
        <translation>Đóng chế độ nhân viên</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>In lại</translation>
    </message>
    <message>
        <source>Reprint the last pathway</source>
        <translation>In lại lộ trình vừa rồi</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>In ấn</translation>
    </message>
    <message>
        <source>Bilingual printouts (visitor&apos;s language and English)</source>
        <translation>In song ngữ (ngôn ngữ của khách và tiếng Anh)</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <source>Fewer copies</source>
        <translation>Ít bản hơn</translation>
    </message>
    <message>
        <source>More copies</source>
        <translation>Nhiều bản hơn</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <source>Check printers</source>
        <translation>Kiểm tra máy in</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>In trang thử</translation>
    </message>
    <message>
        <source>Directory and sync</source>
        <translation>Danh bạ và đồng bộ</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <source>This kiosk&apos;s location</source>
        <translation>Vị trí của máy này</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Tên nơi</translation>
    </message>
    <message>
        <source>ZIP code (sets where &quot;near this kiosk&quot; is measured from)</source>
        <translation>Mã ZIP (nơi tính &quot;gần máy này&quot;)</translation>
    </message>
    <message>
        <source>Save location</source>
        <translation>Lưu vị trí</translation>
    </message>
    <message>
        <source>End the application</source>
        <translation>Thoát ứng dụng</translation>
    </message>
    <message>
        <source>Stops Camino on this kiosk until it is started again.</source>
        <translation>Dừng Camino trên máy này cho đến khi được mở lại.</translation>
    </message>
    <message>
        <source>Exit Camino</source>
        <translation>Thoát Camino</translation>
    </message>
    <message>
        <source>The last print failed: %1</source>
        <translation>Lần in gần nhất bị lỗi: %1</translation>
    </message>
    <message>
        <source>Nothing to reprint. A printout is kept for 10 minutes and forgotten when the kiosk resets.</source>
        <translation>Không có gì để in lại. Bản in được giữ 10 phút và bị xóa khi máy đặt lại.</translation>
    </message>
    <message numerus="yes">
        <source>The last printout: %n step(s), in %1.</source>
        <translation>
            <numerusform>Bản in gần nhất: %n bước, bằng %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The printout was forgotten (more than 10 minutes ago).</source>
        <translation>Bản in đã bị xóa (hơn 10 phút trước).</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
    <message>
        <source>%1 copies</source>
        <translation>%1 bản</translation>
    </message>
    <message>
        <source>Bilingual printouts on.</source>
        <translation>Đã bật in song ngữ.</translation>
    </message>
    <message>
        <source>Bilingual printouts off.</source>
        <translation>Đã tắt in song ngữ.</translation>
    </message>
    <message>
        <source>Asking the printers…</source>
        <translation>Đang hỏi các máy in…</translation>
    </message>
    <message>
        <source>The computer&apos;s default printer</source>
        <translation>Máy in mặc định của máy tính</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (mặc định)</translation>
    </message>
    <message>
        <source>Printer saved.</source>
        <translation>Đã lưu máy in.</translation>
    </message>
    <message>
        <source>Printing a test page…</source>
        <translation>Đang in trang thử…</translation>
    </message>
    <message>
        <source>No sync source is set (sync.url in the config).</source>
        <translation>Chưa đặt nguồn đồng bộ (sync.url trong cấu hình).</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>%1 (kept as set)</source>
        <translation>%1 (giữ nguyên)</translation>
    </message>
    <message>
        <source>Latitude %1, longitude %2</source>
        <translation>Vĩ độ %1, kinh độ %2</translation>
    </message>
    <message>
        <source>Give the place a name, e.g. the library&apos;s.</source>
        <translation>Đặt tên cho nơi này, ví dụ tên thư viện.</translation>
    </message>
    <message>
        <source>Location saved: %1, %2.</source>
        <translation>Đã lưu vị trí: %1, %2.</translation>
    </message>
    <message>
        <source>Tap again to exit Camino</source>
        <translation>Chạm lần nữa để thoát Camino</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
</context>
<context>
    <name>StartOverQuestion</name>
    <message>
        <source>Start over? Your answers will be cleared.</source>
        <translation>Bắt đầu lại? Các câu trả lời của bạn sẽ bị xóa.</translation>
    </message>
    <message>
        <source>Yes, start over</source>
        <translation>Có, bắt đầu lại</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Tiếp tục</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Bạn vẫn còn ở đây chứ?</translation>
    </message>
    <message>
        <source>To protect your privacy, your answers will be erased.</source>
        <translation>Để bảo vệ sự riêng tư của bạn, câu trả lời sẽ bị xóa.</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Tôi vẫn ở đây</translation>
    </message>
</context>
<context>
    <name>ZipScreen</name>
    <message>
        <source>Near this kiosk</source>
        <translation>Gần máy này</translation>
    </message>
    <message>
        <source>Another ZIP code</source>
        <translation>Mã ZIP khác</translation>
    </message>
    <message>
        <source>Type the 5 digits of the ZIP code:</source>
        <translation>Nhập 5 số của mã ZIP:</translation>
    </message>
    <message>
        <source>ZIP code: %1</source>
        <translation>Mã ZIP: %1</translation>
    </message>
</context>
</TS>
